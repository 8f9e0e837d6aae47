package vn.luanchuyen.diag;

import java.util.Locale;

/** The language of messages: Vietnamese by default. */
public enum Lang {
    VI, EN;

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }
}
