package dev.switchboard.account.primaries;

record PrimaryRoleResponse(String role, String contactId, String displayName) {
}
