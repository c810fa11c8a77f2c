package dev.switchboard.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a client asks for, refused with a 400 when it lies beyond how deep a list may be paged, so an offset
 * never overflows (MongoDB's skip is an int: page 2147483647 used to wrap around to the first page).
 */
public final class PageRequests {

    /** How many results of a list a client can page through; beyond, narrow the list. */
    public static final int MAX_RESULT_WINDOW = 100_000;

    private PageRequests() {
    }

    public static PageRequest of(int page, int size, Sort sort) {
        check(page, size, MAX_RESULT_WINDOW);
        return PageRequest.of(page, size, sort);
    }

    public static PageRequest of(int page, int size) {
        return of(page, size, Sort.unsorted());
    }

    /** Refuses a page whose last result would lie beyond the first {@code window} results. */
    public static void check(int page, int size, int window) {
        if (page < 0 || size < 1 || ((long) page + 1) * size > window) {
            throw InvalidRequestException.of("page", "only the first " + window
                    + " results can be paged through; narrow the list");
        }
    }
}
