package dev.switchboard.gateway;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The six services behind the gateway, one stub each for the whole test run, as the gateway's one context sees them. */
final class Downstreams {

    static final Downstream CONTACT = new Downstream("contact");
    static final Downstream ACCOUNT = new Downstream("account");
    static final Downstream IDENTITY = new Downstream("identity");
    static final Downstream ACHIEVEMENT = new Downstream("achievement");
    static final Downstream AUDIT = new Downstream("audit");
    static final Downstream WEBHOOK = new Downstream("webhook");

    static final List<Downstream> ALL = List.of(CONTACT, ACCOUNT, IDENTITY, ACHIEVEMENT, AUDIT, WEBHOOK);

    private Downstreams() {
    }

    static Downstream named(String name) {
        return ALL.stream().filter(downstream -> downstream.name().equals(name)).findFirst().orElseThrow();
    }

    /** Points the gateway's routes at the stubs. */
    static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(ALL.stream().map(downstream -> "switchboard.gateway.services." + downstream.name()
                    + "=" + downstream.uri())).applyTo(context);
        }
    }

    /** Every test starts with stubs that answer 200 and have received nothing. */
    static class Reset implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            ALL.forEach(Downstream::reset);
        }
    }
}
