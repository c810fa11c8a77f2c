package dev.switchboard.system;

import dev.switchboard.stack.RealmTokens;
import org.junit.jupiter.api.BeforeAll;

/** A test of the whole running system through the gateway, with the realm's demo users' real tokens. */
abstract class AsDemoUsers {

    protected static String editor;
    protected static String admin;

    @BeforeAll
    static void startTheWholeSystemAndLogIn() {
        RunningStack.ensureStarted();
        editor = RealmTokens.demoUser("editor");
        admin = RealmTokens.demoUser("admin");
    }
}
