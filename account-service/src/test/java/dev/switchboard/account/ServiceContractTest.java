package dev.switchboard.account;

import dev.switchboard.platform.testkit.ServiceContract;

/** Runs the platform's service contract (probes, OpenAPI, topics), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {
}
