package dev.ringside.desk;

/** A colleague the operator watches: their extension and, when known, their name ("" otherwise). */
public record Colleague(String extension, String name) {

    public Colleague {
        name = name == null ? "" : name.strip();
    }
}
