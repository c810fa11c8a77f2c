package dev.switchboard.achievement.definition;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DefinitionRepository extends MongoRepository<AchievementDefinition, String> {
}
