package dev.switchboard.platform.events;

/** What an address is used for. */
public enum AddressType {
    BILLING, SHIPPING, OTHER
}
