using Microsoft.OpenApi;

namespace Briefings.Web.Api;

/// <summary>
/// The shared query parameters, described in the OpenAPI document: the endpoints read them by hand
/// (<see cref="Queries.TimelineFilter"/>), so that a bad value gets a sentence, and binding cannot
/// describe them.
/// </summary>
public static class ApiDocumentation
{
    private static readonly (string Name, string Description, JsonSchemaType Type, string? Format)[] Filter =
    [
        ("region", "A country, region or place by its slug (e.g. kharkiv-oblast); a country includes its regions and places, a region its places.", JsonSchemaType.String, null),
        ("actor", "A person, organisation or country by its slug (e.g. dmitry-peskov).", JsonSchemaType.String, null),
        ("affiliates", "With actor: also the entities affiliated to it, and for a country its people and organisations.", JsonSchemaType.Boolean, null),
        ("from", "The first day, inclusive (ISO date, e.g. 2024-11-01); a week or month that overlaps it counts.", JsonSchemaType.String, "date"),
        ("to", "The last day, inclusive (ISO date).", JsonSchemaType.String, "date"),
        ("q", "Words to find in the text (at most 200 characters).", JsonSchemaType.String, null),
    ];

    private static readonly (string Name, string Description, JsonSchemaType Type, string? Format)[] Paging =
    [
        ("page", "The page, from 1 (default 1).", JsonSchemaType.Integer, "int32"),
        ("pageSize", $"Items per page, 1 to {ApiRequest.MaxPageSize} (default {ApiRequest.DefaultPageSize}).", JsonSchemaType.Integer, "int32"),
    ];

    /// <summary>Adds the filter's parameters (and the paging ones when <paramref name="paged"/>) to the endpoint's operation.</summary>
    public static TBuilder WithFilterParameters<TBuilder>(this TBuilder builder, bool paged)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description, type, format) in paged ? Filter.Concat(Paging) : Filter)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Required = false,
                    Schema = new OpenApiSchema { Type = type, Format = format },
                });
            }
            return Task.CompletedTask;
        });
}
