package fr.vigie.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's accumulators, updated by the tasks and read by the driver at the end. They
 * count processing <em>attempts</em>: a task that Spark runs again (a lost executor, a
 * speculative copy) adds its documents again. The exact figures of the output are counted
 * from the written tables; these say what the cluster did to produce them.
 */
final class JobCounters implements Serializable {

    private final LongAccumulator documents;
    private final LongAccumulator errors;
    private final LongAccumulator timeouts;
    private final LongAccumulator processingMillis;
    private final LongAccumulator modelLoads;
    private final LongAccumulator modelLoadMillis;

    JobCounters(SparkContext sc) {
        documents = sc.longAccumulator("vigie documents processed");
        errors = sc.longAccumulator("vigie error records");
        timeouts = sc.longAccumulator("vigie documents past the time limit");
        processingMillis = sc.longAccumulator("vigie processing milliseconds");
        modelLoads = sc.longAccumulator("vigie model loads");
        modelLoadMillis = sc.longAccumulator("vigie model load milliseconds");
    }

    void processed(boolean error, boolean timeout, long nanos) {
        documents.add(1);
        if (error) {
            errors.add(1);
        }
        if (timeout) {
            timeouts.add(1);
        }
        processingMillis.add(nanos / 1_000_000);
    }

    void modelLoaded(long nanos) {
        modelLoads.add(1);
        modelLoadMillis.add(nanos / 1_000_000);
    }

    long modelLoads() {
        return modelLoads.value();
    }

    Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentsProcessed", documents.value());
        m.put("errorRecords", errors.value());
        m.put("timeouts", timeouts.value());
        m.put("processingSeconds", processingMillis.value() / 1000.0);
        m.put("modelLoads", modelLoads.value());
        m.put("modelLoadSeconds", modelLoadMillis.value() / 1000.0);
        return m;
    }
}
