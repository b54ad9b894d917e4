package org.longarm.store;

import java.nio.file.Path;
import org.longarm.model.ArticleResult;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.store.testkit.ArticleResultBuilder;

/**
 * The victim of {@link KilledWriterTest}: a JVM that saves articles in a loop, rewriting each of {@value #IDS} ids
 * again and again with a new version, and prints {@code saved N} after each commit. Save number {@code stallAt}
 * prints {@code stalled N} halfway through its transaction (its article row written, its mention rows not yet)
 * and waits there to be killed.
 */
public final class StoreWriterProcess {
    static final int IDS = 40;

    private StoreWriterProcess() {}

    public static void main(String[] args) throws InterruptedException {
        int stallAt = Integer.parseInt(args[1]);
        Store store = Store.open(Path.of(args[0]));
        for (int i = 0; i <= stallAt; i++) {
            if (i == stallAt) {
                int n = i;
                store.articles.midSave = () -> stall(n);
            }
            store.save(expected(id(i), version(i)));
            System.out.println("saved " + i);
            System.out.flush();
        }
        store.close();
    }

    private static void stall(int n) {
        System.out.println("stalled " + n);
        System.out.flush();
        try {
            Thread.sleep(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String id(int save) {
        return String.format("a%02d", save % IDS);
    }

    static int version(int save) {
        return save / IDS;
    }

    /** Version {@code version} of article {@code id}: its text, incidents and mentions all depend on both. */
    static ArticleResult expected(String id, int version) {
        StringBuilder text = new StringBuilder();
        int incidents = 1 + (id.hashCode() + version) % 4;
        ArticleResultBuilder b = ArticleResultBuilder.article(id).pipeline("v" + version).cites("Outlet " + version);
        for (int k = 0; k < incidents; k++) {
            text.append("Filler sentence number ").append(k).append(" of version ").append(version).append(". ")
                    .append("x".repeat(4000)).append(" Agents seized person ").append(k).append(" on day ")
                    .append(version).append(". ");
        }
        b.text(text.toString());
        for (int k = 0; k < incidents; k++) {
            b.mentioning(IncidentType.ABDUCTION, Status.COMPLETED, "seized person " + k + " on day " + version + ".");
        }
        return b.build();
    }
}
