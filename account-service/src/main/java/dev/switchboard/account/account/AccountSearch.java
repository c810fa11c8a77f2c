package dev.switchboard.account.account;

import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.search.SearchKeys;
import dev.switchboard.platform.web.PageRequests;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Finds accounts by name prefix and state, in one of the orders a client may ask for. */
@Component
class AccountSearch {

    private static final Pattern SORT = Pattern.compile("^(name|createdAt)(?:,(asc|desc))?$");

    private final MongoTemplate mongo;

    AccountSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Account> find(String q, Boolean active, int page, int size, String sort) {
        Criteria criteria = SearchKeys.matching("searchKeys", q);
        if (active != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("active").is(active));
        }
        Query query = Query.query(criteria);
        PageRequest pageable = PageRequests.of(page, size, order(sort));
        List<Account> items = mongo.find(Query.of(query).with(pageable), Account.class);
        return PageableExecutionUtils.getPage(items, pageable, () -> mongo.count(query, Account.class));
    }

    /** {@code name} or {@code createdAt}, ascending unless {@code ,desc} follows; ties go by id, so pages are stable. */
    private static Sort order(String sort) {
        Matcher matcher = SORT.matcher(sort);
        if (!matcher.matches()) {
            throw InvalidValues.of("sort", "must be name or createdAt, optionally followed by ,asc or ,desc");
        }
        String field = matcher.group(1).equals("name") ? "sortName" : "createdAt";
        Sort.Direction direction = "desc".equals(matcher.group(2)) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, field).and(Sort.by(direction, "_id"));
    }
}
