package fr.vigie.batch;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The heap in use right after each garbage collection, as the collectors report it (no
 * {@code System.gc()}), tagged with how far a run had got when it happened: what is live,
 * plus what the collection did not reach. The peak heap says how far the collector let
 * garbage pile up; the lowest heap after a collection in each stretch of a run says whether
 * what is live grows with the number of documents.
 */
public final class LiveHeap implements NotificationListener, AutoCloseable {

    /** One collection: the documents done when it ended, and the heap in use after it. */
    public record Reading(long done, long usedAfterBytes, String collector) { }

    /** The lowest heap after a collection among those in a stretch of the run. */
    public record Stretch(long fromDone, long toDone, int collections, long lowestAfterBytes) { }

    private final LongSupplier progress;
    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final List<Reading> readings = new ArrayList<>();

    /** Starts listening; {@code progress} says how many documents are done. */
    public LiveHeap(LongSupplier progress) {
        this.progress = progress;
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        synchronized (readings) {
            readings.add(new Reading(progress.getAsLong(), used, info.getGcName()));
        }
    }

    /** The readings so far. */
    public List<Reading> readings() {
        synchronized (readings) {
            return List.copyOf(readings);
        }
    }

    /**
     * The run of {@code total} documents cut in {@code parts} equal stretches, each with the
     * lowest heap after a collection that ended in it (-1 when none did).
     */
    public List<Stretch> stretches(long total, int parts) {
        List<Reading> rs = readings();
        List<Stretch> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            long from = total * i / parts;
            long to = total * (i + 1) / parts;
            long lowest = Long.MAX_VALUE;
            int count = 0;
            for (Reading r : rs) {
                boolean in = r.done() >= from && (r.done() < to || (i == parts - 1 && r.done() <= to));
                if (in) {
                    count++;
                    lowest = Math.min(lowest, r.usedAfterBytes());
                }
            }
            out.add(new Stretch(from, to, count, count == 0 ? -1 : lowest));
        }
        return out;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already removed
            }
        }
        emitters.clear();
    }
}
