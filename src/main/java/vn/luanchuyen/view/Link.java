package vn.luanchuyen.view;

/** A link: {@code href} is relative to the site root ("don-vi/vo-nhai/"); templates prefix the page's root. */
public record Link(String href, String text) {
}
