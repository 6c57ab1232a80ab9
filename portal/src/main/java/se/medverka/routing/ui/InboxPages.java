package se.medverka.routing.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;

/**
 * Turns the grid's offset requests into keyset pages: a grid scrolls page after page, so the row
 * before each requested offset is usually known, and the next page is then as cheap as the first.
 * Only a jump to an unseen position falls back to an offset query. Forgotten when the filter changes.
 */
final class InboxPages {

    private static final int MAX_REMEMBERED = 10_000;

    private final Cases cases;
    private final Map<Integer, CaseSummary> rowBefore = new HashMap<>();
    private CaseFilter filter = CaseFilter.all();

    InboxPages(Cases cases) {
        this.cases = cases;
    }

    void filter(CaseFilter newFilter) {
        filter = newFilter;
        rowBefore.clear();
    }

    CaseFilter filter() {
        return filter;
    }

    List<CaseSummary> fetch(int offset, int limit) {
        List<CaseSummary> page;
        if (offset == 0) {
            page = cases.inbox(filter, null, limit);
        } else if (rowBefore.containsKey(offset)) {
            page = cases.inbox(filter, rowBefore.get(offset), limit);
        } else {
            page = cases.inboxAt(filter, offset, limit);
        }
        if (!page.isEmpty() && rowBefore.size() < MAX_REMEMBERED) {
            rowBefore.put(offset + page.size(), page.getLast());
        }
        return page;
    }

    long count() {
        return cases.count(filter);
    }
}
