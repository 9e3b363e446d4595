using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Data;

/// <summary>The store: articles and everything derived from them, entities shared across articles, stories, figures and contradictions.</summary>
public sealed class BriefingsDb(DbContextOptions<BriefingsDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<Appearance> Appearances => Set<Appearance>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<MentionedDate> DateMentions => Set<MentionedDate>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StoryMember> StoryMembers => Set<StoryMember>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<FigureValue> FigureValues => Set<FigureValue>();
    public DbSet<Contradiction> Contradictions => Set<Contradiction>();
    public DbSet<IngestionState> IngestionState => Set<IngestionState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BriefingsDb).Assembly);
}
