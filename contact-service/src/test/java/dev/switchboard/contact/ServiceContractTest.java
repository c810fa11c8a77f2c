package dev.switchboard.contact;

import dev.switchboard.platform.testkit.ServiceContract;

class ServiceContractTest extends ServiceContract {
}
