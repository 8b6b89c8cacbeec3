using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Configuration;

/// <summary>Tarjan's algorithm: a component number per node; nodes on a common cycle share one.</summary>
internal static class StronglyConnected
{
    public static int[] Components(int count, Func<int, int, bool> edge)
    {
        var index = new int[count];
        var low = new int[count];
        var component = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var next = 1;
        var components = 0;

        void Visit(int node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack[node] = true;
            for (var other = 0; other < count; other++)
            {
                if (!edge(node, other))
                {
                    continue;
                }

                if (index[other] == 0)
                {
                    Visit(other);
                    low[node] = Math.Min(low[node], low[other]);
                }
                else if (onStack[other])
                {
                    low[node] = Math.Min(low[node], index[other]);
                }
            }

            if (low[node] == index[node])
            {
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component[member] = components;
                }
                while (member != node);
                components++;
            }
        }

        for (var node = 0; node < count; node++)
        {
            if (index[node] == 0)
            {
                Visit(node);
            }
        }

        return component;
    }
}
