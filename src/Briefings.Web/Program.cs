var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
var app = builder.Build();
app.MapRazorPages();
app.Run();

/// <summary>Exposed for WebApplicationFactory in the page tests.</summary>
public partial class Program;
