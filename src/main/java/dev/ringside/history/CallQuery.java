package dev.ringside.history;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which stored calls to list or count: always one operator's, in one order.
 *
 * @param operatorId           whose calls
 * @param text                 a name fragment (case-insensitive) or a number fragment (digits matched
 *                             ignoring spaces, +, -, brackets) of the other party; null or blank for all
 * @param statuses             only these statuses; empty for all
 * @param directions           only these directions; empty for all
 * @param from                 calls started at or after this instant, else null
 * @param to                   calls started before this instant, else null
 * @param onlyAwaitingCallBack only missed or rejected calls the operator has not reached the caller since
 * @param sort                 the order (newest first by default)
 * @param descending           true: largest first (newest first for {@link CallSort#TIME})
 * @param pageSize             calls per page (1..1000)
 * @param pageIndex            zero-based page for offset paging; must be 0 with a cursor or {@code last}
 * @param after                keyset paging: the page starts after this cursor, else null
 * @param before               keyset paging: the page ends before this cursor, else null
 * @param last                 the last page of the order
 * @param textNumbers          with a text: calls whose other party's digits are one of these also
 *                             match it (the numbers of the contacts the text names, e.g. a company's);
 *                             at most {@link #MAX_TEXT_NUMBERS}
 */
public record CallQuery(long operatorId, String text, Set<CallStatus> statuses, Set<Direction> directions,
                        Instant from, Instant to, boolean onlyAwaitingCallBack, CallSort sort, boolean descending,
                        int pageSize, int pageIndex, PageCursor after, PageCursor before, boolean last,
                        Set<String> textNumbers) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_TEXT_NUMBERS = 2000;

    public CallQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        directions = directions == null || directions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directions));
        sort = sort == null ? CallSort.TIME : sort;
        if (text != null && text.isBlank()) {
            text = null;
        }
        textNumbers = textNumbers == null ? Set.of() : Set.copyOf(textNumbers);
        if (textNumbers.size() > MAX_TEXT_NUMBERS) {
            throw new IllegalArgumentException("at most " + MAX_TEXT_NUMBERS + " numbers: " + textNumbers.size());
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (pageIndex < 0) {
            throw new IllegalArgumentException("pageIndex must not be negative: " + pageIndex);
        }
        int positions = (after != null ? 1 : 0) + (before != null ? 1 : 0) + (last ? 1 : 0) + (pageIndex != 0 ? 1 : 0);
        if (positions > 1) {
            throw new IllegalArgumentException("use one of a page index, a cursor or the last page");
        }
        for (PageCursor c : new PageCursor[] {after, before}) {
            if (c != null && c.sort() != sort) {
                throw new IllegalArgumentException("a " + c.sort() + " cursor for a " + sort + " order");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' is before 'from'");
        }
    }

    public static Builder forOperator(long operatorId) {
        return new Builder(operatorId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(operatorId);
        b.text = text;
        b.statuses = statuses;
        b.directions = directions;
        b.from = from;
        b.to = to;
        b.onlyAwaitingCallBack = onlyAwaitingCallBack;
        b.sort = sort;
        b.descending = descending;
        b.pageSize = pageSize;
        b.pageIndex = pageIndex;
        b.after = after;
        b.before = before;
        b.last = last;
        b.textNumbers = textNumbers;
        return b;
    }

    /** The same filter and order, for the page that follows {@code page}. */
    public CallQuery nextPage(CallPage page) {
        Objects.requireNonNull(page.next(), "no page follows the last one");
        return toBuilder().page(0).before(null).last(false).after(page.next()).build();
    }

    /** The same filter and order, for the page before {@code page}. */
    public CallQuery previousPage(CallPage page) {
        Objects.requireNonNull(page.previous(), "no page comes before the first one");
        return toBuilder().page(0).after(null).last(false).before(page.previous()).build();
    }

    /** The same filter without any paging position (the first page). */
    public CallQuery firstPage() {
        return toBuilder().page(0).after(null).before(null).last(false).build();
    }

    public static final class Builder {
        private final long operatorId;
        private String text;
        private Set<CallStatus> statuses = Set.of();
        private Set<Direction> directions = Set.of();
        private Instant from;
        private Instant to;
        private boolean onlyAwaitingCallBack;
        private CallSort sort = CallSort.TIME;
        private boolean descending = true;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int pageIndex;
        private PageCursor after;
        private PageCursor before;
        private boolean last;
        private Set<String> textNumbers = Set.of();

        private Builder(long operatorId) {
            this.operatorId = operatorId;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder statuses(CallStatus... statuses) {
            return statuses(Arrays.asList(statuses));
        }

        public Builder statuses(Collection<CallStatus> statuses) {
            this.statuses = statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
            return this;
        }

        public Builder directions(Direction... directions) {
            return directions(Arrays.asList(directions));
        }

        public Builder directions(Collection<Direction> directions) {
            this.directions = directions.isEmpty() ? Set.of() : EnumSet.copyOf(directions);
            return this;
        }

        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        public Builder onlyAwaitingCallBack(boolean only) {
            this.onlyAwaitingCallBack = only;
            return this;
        }

        /** The order; {@code descending} true is largest (for time: newest) first. */
        public Builder sort(CallSort sort, boolean descending) {
            this.sort = sort;
            this.descending = descending;
            return this;
        }

        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder page(int pageIndex) {
            this.pageIndex = pageIndex;
            return this;
        }

        public Builder after(PageCursor after) {
            this.after = after;
            return this;
        }

        public Builder before(PageCursor before) {
            this.before = before;
            return this;
        }

        public Builder last(boolean last) {
            this.last = last;
            return this;
        }

        /** Digits of numbers whose calls also match the text (see {@link CallQuery#textNumbers()}). */
        public Builder textNumbers(Collection<String> digits) {
            this.textNumbers = Set.copyOf(digits);
            return this;
        }

        public CallQuery build() {
            return new CallQuery(operatorId, text, statuses, directions, from, to, onlyAwaitingCallBack, sort,
                    descending, pageSize, pageIndex, after, before, last, textNumbers);
        }
    }
}
