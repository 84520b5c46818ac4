package dev.ringside.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * {@code Action: Filter} with the {@code MatchCriteria} header that asterisk-java's own
 * {@code FilterAction} lacks. asterisk-java writes each getter as a header; a null
 * {@code MatchCriteria} is left out, which makes this a legacy regex filter.
 */
public final class MatchCriteriaFilterAction extends AbstractManagerAction {

    private static final long serialVersionUID = 1L;

    private final String matchCriteria;
    private final String filter;

    public MatchCriteriaFilterAction(String matchCriteria, String filter) {
        this.matchCriteria = matchCriteria;
        this.filter = filter;
    }

    public static MatchCriteriaFilterAction of(OperatorEventFilter.FilterSpec spec) {
        return new MatchCriteriaFilterAction(spec.matchCriteria(), spec.filter());
    }

    @Override
    public String getAction() {
        return "Filter";
    }

    public String getOperation() {
        return "Add";
    }

    public String getMatchCriteria() {
        return matchCriteria;
    }

    public String getFilter() {
        return filter;
    }
}
