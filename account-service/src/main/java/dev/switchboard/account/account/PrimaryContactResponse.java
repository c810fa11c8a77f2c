package dev.switchboard.account.account;

record PrimaryContactResponse(String contactId, String displayName) {
}
