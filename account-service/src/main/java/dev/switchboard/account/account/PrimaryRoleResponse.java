package dev.switchboard.account.account;

record PrimaryRoleResponse(String role, String contactId, String displayName) {
}
