package dev.ringside.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/** {@code Action: CancelAtxfer} (Asterisk 13.18+), which asterisk-java 3.42 does not have. */
public final class CancelAtxferAction extends AbstractManagerAction {

    private static final long serialVersionUID = 1L;

    private final String channel;

    public CancelAtxferAction(String channel) {
        this.channel = channel;
    }

    @Override
    public String getAction() {
        return "CancelAtxfer";
    }

    public String getChannel() {
        return channel;
    }
}
