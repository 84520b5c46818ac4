package dev.ringside.ui.port;

public enum Theme {
    LIGHT,
    DARK
}
