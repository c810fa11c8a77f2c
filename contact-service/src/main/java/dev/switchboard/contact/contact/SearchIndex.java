package dev.switchboard.contact.contact;

import java.util.List;
import java.util.function.Consumer;

/** What the contact feature needs of the search feature's index; the index itself reads contacts. */
public interface SearchIndex {

    /** Indexes the contact as it is now (or drops it once purged). */
    void put(Contact contact);

    /** Makes what was put visible to the next search, so a client finds what it just saved. */
    void refresh();

    /** The ids of every contact linked to the account, deleted or not, a batch at a time. */
    void forEachOfAccount(String accountId, int batchSize, Consumer<List<String>> batches);
}
