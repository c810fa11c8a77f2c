package dev.switchboard.identity;

import dev.switchboard.platform.testkit.ServiceContract;

class ServiceContractTest extends ServiceContract {
}
