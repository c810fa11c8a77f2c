package dev.switchboard.account;

import dev.switchboard.platform.testkit.ServiceContract;

class ServiceContractTest extends ServiceContract {
}
