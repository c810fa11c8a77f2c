package dev.switchboard.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service of one aggregate, to prove the platform's mechanics on their own. */
@SpringBootApplication
class SampleApplication {
}
