package dev.switchboard.gateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problems the gateway answers with itself; the services' own problems pass through untouched. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
