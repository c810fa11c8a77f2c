package dev.switchboard.audit;

import dev.switchboard.platform.testkit.ServiceContract;

class ServiceContractTest extends ServiceContract {
}
