package org.marsad.store;

import java.nio.file.Path;

/**
 * The child process of {@link LanguagesInBackgroundTest}: opens a data directory as a server does, makes the
 * language pass in steps of {@code span} rows committing the index every {@code commitEvery} changes, holds once
 * {@code holdAt} rows were read, prints "held" and waits to be killed.
 */
public final class LanguagesKillMain {
    private LanguagesKillMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        long holdAt = Long.parseLong(args[1]);
        Archive.languageStepRows(Integer.parseInt(args[2]));
        int commitEvery = Integer.parseInt(args[3]);
        Archive archive = Archive.openServing(dir, null);
        while (archive.upgradeStep(commitEvery)) {
            if (archive.upgradeProgress().orElseThrow().languages().rowsRead() >= holdAt) {
                break;
            }
        }
        System.out.println("held");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
