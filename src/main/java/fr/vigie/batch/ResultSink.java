package fr.vigie.batch;

import fr.vigie.Result;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the results of a batch go. {@link #reserve} is called once per input, in the order
 * the inputs are listed, from one thread: it decides where that input's output goes (so
 * that names are given deterministically). The returned slot is then used from a worker
 * thread. An {@link IOException} from a slot stops the run: output that cannot be written
 * (a full disk) is not a property of one input.
 */
public interface ResultSink extends Closeable {

    Slot reserve(String name) throws IOException;

    /** Called once the run is over and every slot was written: makes the output final. */
    @Override
    void close() throws IOException;

    /** Called instead of {@link #close()} when the run stopped: removes what is incomplete. */
    default void abort() {
    }

    /** The place of one input's output. Implementations are safe to use from any thread. */
    interface Slot {

        /**
         * True when a complete output for this input already exists and is current: newer
         * than the input, or made from the same bytes. Sinks that cannot tell say false.
         */
        default boolean upToDate(BatchInput input) {
            return false;
        }

        void write(Result result) throws IOException;
    }
}
