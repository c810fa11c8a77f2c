package dev.switchboard.identity.language;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The problems identity-service answers, in French for a client that prefers it ({@code Accept-Language: fr}): the
 * title by the problem's type, the detail from the sentences this service writes (the ids in them kept), or else a
 * French sentence for the type. The field errors of a 400 are already French (Bean Validation's own messages follow
 * the request's locale). Problems the security filters answer (401, 403 before a controller) stay English.
 */
@ControllerAdvice
class FrenchProblems implements ResponseBodyAdvice<Object> {

    private static final String BASE = "https://switchboard.dev/problems/";
    private static final Map<String, String[]> BY_TYPE = Map.of(
            "validation", new String[] {"Requête invalide", "La requête contient des champs invalides."},
            "malformed-request", new String[] {"Requête mal formée", "Le corps de la requête n'est pas lisible."},
            "not-found", new String[] {"Introuvable", "Ce qui est demandé n'existe pas."},
            "conflict", new String[] {"Conflit", "La requête est en conflit avec l'état actuel."},
            "unprocessable", new String[] {"Requête non traitable", "La requête ne peut pas être traitée."},
            "forbidden", new String[] {"Accès refusé", "Ce rôle ne permet pas cette action."},
            "service-unavailable", new String[] {"Service indisponible",
                    "Un service nécessaire est momentanément indisponible ; réessayez sous peu."});
    private static final Map<Pattern, String> DETAILS = Map.ofEntries(
            detail("No contact with id '(.+)'", "Aucun contact n'a l'identifiant « $1 »."),
            detail("Contact '(.+)' is deleted\\.", "Le contact « $1 » est supprimé."),
            detail("Contact '(.+)' already has portal credentials.*",
                    "Le contact « $1 » a déjà des identifiants pour le portail."),
            detail("Contact '(.+)' has no portal credentials\\.",
                    "Le contact « $1 » n'a pas d'identifiants pour le portail."),
            detail("Contact '(.+)' has no email address.*",
                    "Le contact « $1 » n'a pas d'adresse électronique : il en faut une pour le portail."),
            detail("Portal access of contact '(.+)' is (\\w+), so it cannot be blocked\\.",
                    "L'accès au portail du contact « $1 » est $2 : il ne peut pas être bloqué."),
            detail("Portal access of contact '(.+)' is (\\w+), not blocked, so there is nothing to restore\\.",
                    "L'accès au portail du contact « $1 » est $2, pas bloqué : il n'y a rien à rétablir."),
            detail("Portal access of contact '(.+)' is (\\w+), so no password reset is sent\\.",
                    "L'accès au portail du contact « $1 » est $2 : aucun courriel de réinitialisation n'est envoyé."),
            detail("The realm already has a user with username '(.+)' or email '(.+)'\\.",
                    "Le domaine a déjà un utilisateur au nom « $1 » ou à l'adresse « $2 »."),
            detail("The realm \\(Keycloak\\) .*", "Le domaine d'authentification (Keycloak) est indisponible ;"
                    + " réessayez sous peu."),
            detail("No bulk invitation with id '(.+)'", "Aucune invitation groupée n'a l'identifiant « $1 »."));

    private static Map.Entry<Pattern, String> detail(String english, String french) {
        return Map.entry(Pattern.compile(english), french);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && prefersFrench(request)) {
            translate(problem);
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, "fr");
        }
        return body;
    }

    static void translate(ProblemDetail problem) {
        String type = problem.getType().toString();
        String[] french = type.startsWith(BASE) ? BY_TYPE.get(type.substring(BASE.length())) : null;
        if (french != null) {
            problem.setTitle(french[0]);
        }
        String detail = problem.getDetail();
        String translated = detail == null ? null : DETAILS.entrySet().stream()
                .map(entry -> {
                    Matcher matcher = entry.getKey().matcher(detail);
                    return matcher.matches() ? matcher.replaceFirst(entry.getValue()) : null;
                })
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (translated != null) {
            problem.setDetail(translated);
        } else if (french != null) {
            problem.setDetail(french[1]);
        }
    }

    private static boolean prefersFrench(ServerHttpRequest request) {
        return request.getHeaders().getAcceptLanguageAsLocales().stream().findFirst()
                .map(locale -> locale.getLanguage().equals("fr")).orElse(false);
    }
}
