package dev.switchboard.account.primaries;

record PrimaryContactResponse(String contactId, String displayName) {
}
