package dev.switchboard.platform.sample;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Holds a request inside the service until the test lets it go, as a stalled database would. */
@Component
class HeldRequests {

    private static final Duration LONGEST = Duration.ofSeconds(30);

    private volatile String heldName;
    private volatile CountDownLatch entered = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    void hold(String name) {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
        heldName = name;
    }

    void awaitHeld() throws InterruptedException {
        if (!entered.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no request for " + heldName + " arrived");
        }
    }

    void release() {
        released.countDown();
    }

    void passThrough(String name) throws InterruptedException {
        if (name.equals(heldName)) {
            entered.countDown();
            released.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
