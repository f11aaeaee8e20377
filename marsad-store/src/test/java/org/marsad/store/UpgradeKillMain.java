package org.marsad.store;

import java.nio.file.Path;

/**
 * The child process of {@link UpgradeInBackgroundTest}: opens a data directory as a server does, opens the story
 * state (a replay, after an upgrade of the join gate), then refreshes the figures in steps committing the index
 * every {@code commitEvery} articles, holds once {@code holdAt} articles were read, prints "held" and waits to be
 * killed.
 */
public final class UpgradeKillMain {
    private UpgradeKillMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        long holdAt = Long.parseLong(args[1]);
        int commitEvery = Integer.parseInt(args[2]);
        Archive.holdFigureRefreshAt(holdAt);
        Archive archive = Archive.openServing(dir, null);
        archive.storyIndexer();
        while (archive.upgradeStep(commitEvery)) {
            if (archive.upgradeProgress().orElseThrow().figuresPassed() >= holdAt) {
                break;
            }
        }
        System.out.println("held");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
