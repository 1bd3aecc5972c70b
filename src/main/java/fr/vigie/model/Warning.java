package fr.vigie.model;

/** Something the caller should know about a processed document; {@code code} is a {@link WarningCode} name. */
public record Warning(String code, String message) {

    public static Warning of(WarningCode code, String message) {
        return new Warning(code.name(), message);
    }
}
