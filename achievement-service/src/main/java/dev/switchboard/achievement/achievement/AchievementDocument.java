package dev.switchboard.achievement.achievement;

import java.util.ArrayList;
import java.util.List;

/**
 * A file of an achievement in its current version. A certificate made anew keeps its earlier files as previous
 * versions (oldest first), readable by version number.
 */
record AchievementDocument(String id, DocumentKind kind, int version, StoredFile file, List<StoredFile> previous) {

    AchievementDocument {
        previous = previous == null ? List.of() : List.copyOf(previous);
    }

    AchievementDocument withNewVersion(StoredFile newFile) {
        List<StoredFile> kept = new ArrayList<>(previous);
        kept.add(file);
        return new AchievementDocument(id, kind, version + 1, newFile, kept);
    }

    /** The file of a version: the current one, or a kept previous one; none for a version it never had. */
    StoredFile fileOf(int wantedVersion) {
        if (wantedVersion == version) {
            return file;
        }
        return wantedVersion >= 1 && wantedVersion <= previous.size() ? previous.get(wantedVersion - 1) : null;
    }

    List<StoredFile> allFiles() {
        List<StoredFile> all = new ArrayList<>(previous);
        all.add(file);
        return all;
    }
}
