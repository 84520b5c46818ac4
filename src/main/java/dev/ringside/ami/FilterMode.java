package dev.ringside.ami;

/** Who drops the events that do not concern the operator. */
public enum FilterMode {
    /** The PBX, with {@code MatchCriteria} session filters. */
    ADVANCED,
    /** The PBX, with legacy regex session filters. */
    LEGACY,
    /** We do, event by event: the login may not add filters ({@code write=system}) or the PBX refused them. */
    CLIENT;

    public boolean serverFiltered() {
        return this != CLIENT;
    }
}
