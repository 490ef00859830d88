package com.example.shop;

import io.redweave.Cache;
import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.Cached;
import io.redweave.spring.EnableRedweave;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

@Configuration
@ComponentScan
@EnableRedweave
@EnableTransactionManagement
@PropertySource("classpath:application.properties")
public class ShopConfig {

    @Bean
    DataSource dataSource() {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table music(id bigint primary key, song varchar(200))");
        jdbc.update("insert into music values (42, 'Blue in Green')");
        return jdbc;
    }

    public static void main(String[] args) {
        try (var context = new AnnotationConfigApplicationContext(ShopConfig.class)) {
            MusicService musics = context.getBean(MusicService.class);
            System.out.println(musics.song(42));   // miss: runs the query, stores shop:1:musics:42 after the commit
            System.out.println(musics.song(42));   // hit: one GET, no query
            musics.rename(42, "So What");          // updates the row; DEL shop:1:musics:42 after the commit

            Cache cache = context.getBean(Cache.class);
            cache.set("greeting", "hello");        // shop:1:greeting
        }                                          // closing the context closes Redweave and its Redis client
    }
}

@Service
class MusicService {

    private final JdbcTemplate jdbc;

    MusicService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @Cached(name = "musics", key = "{id}", ttl = "10m")
    public String song(long id) {
        return jdbc.queryForObject("select song from music where id = ?", String.class, id);
    }

    @Transactional
    @CacheEvict(name = "musics", key = "{id}")
    public void rename(long id, String song) {
        jdbc.update("update music set song = ? where id = ?", song, id);
    }
}
