package dev.ringside.history;

import dev.ringside.call.CallStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which stored calls to list or count: always one operator's, newest first.
 *
 * @param operatorId           whose calls
 * @param text                 a number (digits matched ignoring spaces, +, -, brackets) or a name
 *                             fragment, case-insensitive substring; null or blank for all
 * @param statuses             only these statuses; empty for all
 * @param from                 calls started at or after this instant, else null
 * @param to                   calls started before this instant, else null
 * @param onlyAwaitingCallBack only missed or rejected calls nobody has answered a call with since
 * @param pageSize             calls per page (1..1000)
 * @param pageIndex            zero-based page for offset paging; must be 0 when {@code after} is set
 * @param after                keyset paging: the page starts after this cursor, else null
 * @param textNumbers          with a text: calls whose other party's digits are one of these also
 *                             match it (the numbers of the contacts the text names, e.g. a company's);
 *                             at most {@link #MAX_TEXT_NUMBERS}
 */
public record CallQuery(long operatorId, String text, Set<CallStatus> statuses, Instant from, Instant to,
                        boolean onlyAwaitingCallBack, int pageSize, int pageIndex, PageCursor after,
                        Set<String> textNumbers) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_TEXT_NUMBERS = 2000;

    public CallQuery {
        statuses = statuses == null || statuses.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
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
        if (after != null && pageIndex != 0) {
            throw new IllegalArgumentException("use either a page index or a cursor, not both");
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
        b.from = from;
        b.to = to;
        b.onlyAwaitingCallBack = onlyAwaitingCallBack;
        b.pageSize = pageSize;
        b.pageIndex = pageIndex;
        b.after = after;
        b.textNumbers = textNumbers;
        return b;
    }

    /** The same filter, for the page that follows {@code page}. */
    public CallQuery nextPage(CallPage page) {
        Objects.requireNonNull(page.next(), "no page follows the last one");
        return toBuilder().page(0).after(page.next()).build();
    }

    public static final class Builder {
        private final long operatorId;
        private String text;
        private Set<CallStatus> statuses = Set.of();
        private Instant from;
        private Instant to;
        private boolean onlyAwaitingCallBack;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int pageIndex;
        private PageCursor after;
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

        /** Digits of numbers whose calls also match the text (see {@link CallQuery#textNumbers()}). */
        public Builder textNumbers(Collection<String> digits) {
            this.textNumbers = Set.copyOf(digits);
            return this;
        }

        public CallQuery build() {
            return new CallQuery(operatorId, text, statuses, from, to, onlyAwaitingCallBack, pageSize, pageIndex, after,
                    textNumbers);
        }
    }
}
