package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.contact.contact.SearchIndex;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.search.SearchKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * The contact list's search index: a Lucene index of each contact's search keys, filter fields and sort keys, kept
 * beside MongoDB because the embedded MongoDB scans every document for a query that is not by id. MongoDB stays
 * the truth: the index is rebuilt from it at start and follows contact events after that, and a search only
 * yields ids, whose contacts are then read from MongoDB.
 */
final class ContactIndex implements SearchIndex, AutoCloseable {

    private static final Map<String, SortField.Type> SORTABLE = Map.of(
            "lastName", SortField.Type.STRING, "firstName", SortField.Type.STRING,
            "createdAt", SortField.Type.LONG, "updatedAt", SortField.Type.LONG);

    /** Custom field values are indexed up to the length of an enum value, for counting who carries one. */
    private static final int MAX_INDEXED_VALUE = 100;

    private final Path directory;
    private final FSDirectory store;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "contact-index-refresh");
        thread.setDaemon(true);
        return thread;
    });

    ContactIndex(Path directory) throws IOException {
        this.directory = directory;
        IOUtils.rm(directory);
        Files.createDirectories(directory);
        this.store = FSDirectory.open(directory);
        this.writer = new IndexWriter(store, new IndexWriterConfig().setRAMBufferSizeMB(32));
        this.searchers = new SearcherManager(writer, null);
        refresher.scheduleWithFixedDelay(this::refreshSoon, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Indexes the contact as it is now, or forgets it if it is purged. */
    @Override
    public void put(Contact contact) {
        try {
            if (contact.purged()) {
                writer.deleteDocuments(new Term("id", contact.id()));
            } else {
                writer.updateDocument(new Term("id", contact.id()), document(contact));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String contactId) {
        try {
            writer.deleteDocuments(new Term("id", contactId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far visible to searches now, rather than within the next tenth of a second. */
    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshSoon() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next round tries again; a failing refresh must not end the refresher
        }
    }

    /** One page of the ids matching the filter, in the requested order, and how many match in all. */
    Hits search(ContactFilter filter, String sortField, boolean descending, int page, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(filter);
                Sort sort = new Sort(new SortField(sortField, SORTABLE.get(sortField), descending),
                        new SortField("id", SortField.Type.STRING));
                TopFieldDocs top = searcher.search(query, (page + 1) * size, sort);
                List<String> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page * size; i < docs.length; i++) {
                    ids.add(searcher.storedFields().document(docs[i].doc).get("id"));
                }
                return new Hits(ids, searcher.count(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands the ids of every contact matching the filter to {@code batches}, a batch at a time and in no
     * particular order, from one point-in-time view of the index; for exports of any size.
     */
    void forEachMatch(ContactFilter filter, int batchSize, Consumer<List<String>> batches) {
        forEach(query(filter), batchSize, batches);
    }

    /** The ids of every contact linked to the account, deleted or not, a batch at a time. */
    @Override
    public void forEachOfAccount(String accountId, int batchSize, Consumer<List<String>> batches) {
        forEach(new TermQuery(new Term("accountId", accountId)), batchSize, batches);
    }

    private void forEach(Query query, int batchSize, Consumer<List<String>> batches) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                List<String> batch = new ArrayList<>(batchSize);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer == null) {
                        continue;
                    }
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    DocIdSetIterator matches = scorer.iterator();
                    for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            batch.add(stored.document(doc).get("id"));
                            if (batch.size() == batchSize) {
                                batches.accept(List.copyOf(batch));
                                batch.clear();
                            }
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(List.copyOf(batch));
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many contacts (deleted ones too) carry the custom field; with {@code values}, only those whose value is
     * one of them. Made current first, since this decides whether a field's declaration may change.
     */
    int countCarrying(String key, Collection<String> values) {
        refresh();
        Query query;
        if (values.isEmpty()) {
            query = new TermQuery(new Term("customField", key));
        } else {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            values.forEach(value -> anyOf.add(new TermQuery(new Term("customValue", customValue(key, value))),
                    Occur.SHOULD));
            query = anyOf.build();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String customValue(String key, String value) {
        return key + "=" + value;
    }

    static boolean sortable(String field) {
        return SORTABLE.containsKey(field);
    }

    private static Query query(ContactFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term("deleted", String.valueOf(Boolean.TRUE.equals(filter.deleted())))),
                Occur.FILTER);
        SearchKeys.terms(filter.q()).forEach(term -> query.add(new PrefixQuery(new Term("key", term)), Occur.FILTER));
        equal(query, "identityType", filter.identityType() == null ? null : filter.identityType().name());
        equal(query, "kind", filter.kind() == null ? null : filter.kind().name());
        equal(query, "availability", filter.availability() == null ? null : filter.availability().name());
        equal(query, "flag", filter.flag() == null ? null : filter.flag().name());
        equal(query, "accountId", filter.accountId());
        equal(query, "group", filter.group());
        equal(query, "tag", filter.tag());
        equal(query, "owner", filter.owner());
        return query.build();
    }

    private static void equal(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Document document(Contact contact) {
        ContactDetails details = contact.details();
        Document doc = new Document();
        doc.add(new StringField("id", contact.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(contact.id())));
        doc.add(new StringField("deleted", String.valueOf(contact.deleted()), Field.Store.NO));
        ContactSearchKeys.of(details).forEach(key -> doc.add(new StringField("key", key, Field.Store.NO)));
        details.identityTypes().forEach(type -> doc.add(new StringField("identityType", type.name(), Field.Store.NO)));
        add(doc, "kind", details.kind() == null ? null : details.kind().name());
        add(doc, "availability", details.availability() == null ? null : details.availability().name());
        flags(details.flags()).forEach(flag -> doc.add(new StringField("flag", flag.name(), Field.Store.NO)));
        contact.accounts().forEach(link -> doc.add(new StringField("accountId", link.accountId(), Field.Store.NO)));
        details.groups().forEach(group -> doc.add(new StringField("group", group, Field.Store.NO)));
        details.tags().forEach(tag -> doc.add(new StringField("tag", tag, Field.Store.NO)));
        add(doc, "owner", details.owner());
        details.customFields().forEach((key, value) -> {
            doc.add(new StringField("customField", key, Field.Store.NO));
            if (value instanceof String text && text.length() <= MAX_INDEXED_VALUE) {
                doc.add(new StringField("customValue", customValue(key, text), Field.Store.NO));
            }
        });
        doc.add(new SortedDocValuesField("lastName", new BytesRef(ContactSearchKeys.sortName(details))));
        doc.add(new SortedDocValuesField("firstName", new BytesRef(SearchKeys.normalize(details.firstName()))));
        doc.add(new NumericDocValuesField("createdAt", contact.createdAt().toEpochMilli()));
        doc.add(new NumericDocValuesField("updatedAt", contact.updatedAt().toEpochMilli()));
        return doc;
    }

    private static List<ContactFlag> flags(ContactDetails.Flags flags) {
        List<ContactFlag> set = new ArrayList<>();
        if (flags.leftCompany()) {
            set.add(ContactFlag.leftCompany);
        }
        if (flags.unsubscribed()) {
            set.add(ContactFlag.unsubscribed);
        }
        if (flags.noThirdPartyMail()) {
            set.add(ContactFlag.noThirdPartyMail);
        }
        if (flags.marketing()) {
            set.add(ContactFlag.marketing);
        }
        return set;
    }

    private static void add(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        IOUtils.close(searchers, writer, store);
        IOUtils.rm(directory);
    }

    /** The ids of one page of contacts, and how many there are in all. */
    record Hits(List<String> ids, int total) {
    }
}
