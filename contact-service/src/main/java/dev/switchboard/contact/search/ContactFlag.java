package dev.switchboard.contact.search;

/** The flags a search can ask for, each naming a field of the contact's flags. */
enum ContactFlag {
    leftCompany, unsubscribed, noThirdPartyMail, marketing
}
