package dev.switchboard.achievement;

import dev.switchboard.platform.testkit.ServiceContract;

class ServiceContractTest extends ServiceContract {
}
