package dev.ringside.ui.port;

import java.util.List;

/**
 * A source of transfer targets for the picker: colleagues now; contacts can add theirs by
 * implementing this. The picker asks every source and shows their suggestions together.
 */
public interface TransferTargets {

    /** Targets matching what the operator typed (a name or number fragment; "" for all, within reason). */
    List<TransferTarget> suggest(String typed);
}
