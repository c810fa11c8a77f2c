package dev.switchboard.achievement.achievement;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AchievementRepository extends MongoRepository<Achievement, String> {

    boolean existsByNumber(String number);
}
