package dev.pith.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over items read one ahead: subclasses say what comes next, null at the end. */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next item, or null when there are no more. */
    abstract T read();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
