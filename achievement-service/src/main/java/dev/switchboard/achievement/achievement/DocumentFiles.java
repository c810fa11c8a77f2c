package dev.switchboard.achievement.achievement;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.InputStream;
import java.util.Collection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The files of achievements' documents, in MongoDB GridFS: written and read in chunks as they stream, so no file is
 * ever whole in memory.
 */
@Component
class DocumentFiles {

    private final GridFsTemplate gridFs;

    DocumentFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    String store(InputStream content, String filename, String contentType, String achievementId) {
        return gridFs.store(content, filename, contentType, new Document("achievementId", achievementId)).toHexString();
    }

    /** The file to stream, or none if it is gone (its achievement's contact was purged meanwhile). */
    GridFsResource open(String fileId) {
        GridFSFile file = gridFs.findOne(byId(fileId));
        return file == null ? null : gridFs.getResource(file);
    }

    void delete(String fileId) {
        gridFs.delete(byId(fileId));
    }

    void deleteAll(Collection<String> fileIds) {
        fileIds.forEach(this::delete);
    }

    private static Query byId(String fileId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
    }
}
