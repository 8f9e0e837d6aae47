package vn.luanchuyen.bulletin;

/**
 * A bulletin could not be made: a character the fonts cannot draw (with where it came from), a
 * template error (with template:line:column), an unknown unit, or a failure of the PDF library.
 * The message says what and where, in words a data keeper can act on.
 */
public final class BulletinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BulletinException(String message) {
        super(message);
    }

    public BulletinException(String message, Throwable cause) {
        super(message, cause);
    }
}
