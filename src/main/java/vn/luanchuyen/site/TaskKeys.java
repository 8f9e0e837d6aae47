package vn.luanchuyen.site;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.reuse.DataKeys;
import vn.luanchuyen.reuse.Fingerprint;
import vn.luanchuyen.reuse.ListKeys;
import vn.luanchuyen.reuse.RecordMemo;
import vn.luanchuyen.view.PageTask;

/**
 * The key of a page task's inputs ({@link PageTask.Inputs}): the site's stamp (program, templates,
 * public or internal), the data files but the cadres' ({@link DataKeys#rest()}), what any page may read
 * ({@code shared}: articles, bulletins, reference date …), the task's name, the cadres it names
 * and, for a page of a listing, the order of the moves on it. Two builds that give a task the
 * same key make the same pages for it, with the same dates, so a rebuild keeps them unmade.
 * Thread-safe.
 */
final class TaskKeys {
    private final DataKeys data;
    private final String shared;
    /** Keys of the orders of the moves on listing pages. */
    private final ListKeys<Move> orders;
    /**
     * The key of each move, by the move itself (listings share the moves the view derived once);
     * all worked out beforehand, so the tasks only read it, on every core at once without a lock.
     */
    private final Map<Move, byte[]> moves;
    /** A digest per thread for the tasks' keys, used again for each ({@link #shared} already holds the stamp). */
    private final ThreadLocal<Fingerprint> digests = ThreadLocal.withInitial(Fingerprint::new);

    /**
     * @param fingerprints fresh fingerprints starting from the site's stamp (one makes the shared key)
     * @param shared what any page may read besides the data and the cadres its task names
     * @param moves every move the listing pages may order
     * @param keysOfMoves each move's key as the last build of this process made it (the moves of an
     *                    unchanged cadre are the same objects)
     * @param previousOrders the keys of the listing pages' orders of the last build of this process,
     *                       taken for pages of the very same moves
     */
    TaskKeys(Supplier<Fingerprint> fingerprints, DataKeys data, List<Object> shared, List<Move> moves, RecordMemo<Move, byte[]> keysOfMoves,
             java.util.Optional<ListKeys<Move>> previousOrders) {
        this.data = data;
        this.shared = fingerprints.get().add(data.rest()).add(shared).hex();
        List<byte[]> keys = keysOfMoves.map(moves, List.of(), TaskKeys::key);
        Map<Move, byte[]> byMove = new IdentityHashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) byMove.put(moves.get(i), keys.get(i));
        this.moves = byMove;
        // a move's key is its cadre, post and date alone: the same moves in the same order have the same key
        this.orders = previousOrders.map(p -> ListKeys.sameItemsAs(p, this::move)).orElseGet(() -> new ListKeys<>(this::move));
    }

    /** What every task's key takes besides its own inputs: the site's stamp, the data but the cadres, the shared inputs. */
    String shared() {
        return shared;
    }

    /** The data's last commit, which the key of a task of no cadre takes. */
    Optional<String> head() {
        return data.head().map(vn.luanchuyen.history.Commit::id);
    }

    /** The keys of the listing pages' orders worked out so far, for the next build's {@code previousOrders}. */
    ListKeys<Move> orders() {
        return orders;
    }

    /** The task's key, or empty for a task that reads the whole data (always made). */
    Optional<String> of(PageTask task) {
        PageTask.Inputs in = task.inputs();
        if (in == null) return Optional.empty();
        Fingerprint f = digests.get().add(shared).add(in.task()).add(orders.of(in.order())).add(data.cadres(in.cadres()));
        if (in.cadres().isEmpty()) f.add(data.head()); // a page of no record (an empty listing) is dated by the last commit
        return Optional.of(f.hex());
    }

    /** A move's key, worked out once per move, which many listing pages share. */
    private byte[] move(Move m) {
        byte[] known = moves.get(m);
        return known != null ? known : key(m);
    }

    /** A move by its cadre, post and date, as 16 bytes. */
    private static byte[] key(Move m) {
        var date = m.date();
        return new Fingerprint().add(m.cadre()).add(m.to().unit()).add(m.to().post().name())
                .add(date == null ? "-" : date.year() + "-" + date.month() + "-" + date.day() + (date.approximate() ? "~" : "")).bytes();
    }
}
